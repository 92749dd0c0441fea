// Shapes of the HTTP API (docs/api.md).

export type Pos =
  | "noun"
  | "proper_noun"
  | "verb"
  | "adjective"
  | "adverb"
  | "number"
  | "exclamation"
  | "other";

export type Form =
  | "none"
  | "singular"
  | "plural"
  | "base"
  | "past"
  | "past_participle"
  | "gerund"
  | "third_person"
  | "comparative"
  | "superlative";

export interface Blank {
  id: number;
  pos: Pos;
  form: Form;
  category: string | null;
  example: string;
}

export interface Template {
  id: string;
  title: string;
  theme: string;
  text: string;
  blanks: Blank[];
  engine?: string;
  created_at?: string;
}

export type Change = "spelling" | "form" | "article" | "capitalization";

export interface Correction {
  blank_id: number;
  original: string;
  corrected: string;
  changes: Change[];
  fits: boolean;
}

export interface Segment {
  text: string;
  blank_id?: number | null;
}

export interface MediaLink {
  url: string;
  content_type: string;
}

export type Visibility = "public" | "unlisted";

export interface Submission {
  slug: string;
  template_id: string;
  title: string;
  story: string;
  segments: Segment[];
  corrections: Correction[];
  visibility: Visibility;
  created_at: string;
  permalink: string;
  /** What was already rendered; POST to the media route for a fresh signed URL. */
  media?: { audio?: { content_type: string } | null; image?: { content_type: string } | null } | null;
  owned?: boolean;
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export interface Session {
  token: string;
  player_id: string;
  expires_at: string;
}

export type SubmissionView = "recent" | "mine" | "template";
