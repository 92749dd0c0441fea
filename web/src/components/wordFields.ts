import type { Ref } from "react";
import type { Blank } from "../api/types";
import { chooseWord, type StoryContext } from "../game/chooseWords";

/** What a form of blanks keeps: the words so far, the server's refusals, and each box's ref. */
export interface WordsForm {
  story: StoryContext;
  fieldErrors: Record<number, string>;
  refFor: (blankId: number) => Ref<HTMLInputElement>;
  setWord: (blankId: number, word: string) => void;
}

/** The `BlankField` props every form of blanks gives a blank the same way. */
export function wordFieldProps(blank: Blank, { story, fieldErrors, refFor, setWord }: WordsForm) {
  return {
    blank,
    value: story.fills[String(blank.id)] ?? "",
    error: fieldErrors[blank.id],
    inputRef: refFor(blank.id),
    onChange: (word: string) => setWord(blank.id, word),
    onChoose: () => setWord(blank.id, chooseWord(blank, story)),
  };
}
