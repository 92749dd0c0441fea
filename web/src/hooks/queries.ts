// Server data for the screens, through one cache (TanStack Query): what one screen fetched, the
// next one shows at once, and a second screen asking for the same thing waits for the first.
import { QueryClient, skipToken, useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/context";
import { ApiError } from "../api/errors";
import type { MediaKind, MediaLinks, Submission, SubmissionView, Template } from "../api/types";

export const GALLERY_PAGE_SIZE = 9;

export const queryKeys = {
  template: (id: string) => ["template", id] as const,
  story: (slug: string) => ["story", slug] as const,
  stories: ["stories"] as const,
  storyPages: (view: SubmissionView, templateId: string | undefined) => ["stories", view, templateId ?? null] as const,
  media: (slug: string, kind: MediaKind) => ["media", slug, kind] as const,
  ownership: (slug: string) => ["ownership", slug] as const,
};

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A dropped connection or a busy server is worth two more tries; a 404 is not.
        retry: (failures, error) => failures < 2 && error instanceof ApiError && error.isTransient,
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** A template; they never change once written. `undefined` asks for nothing. */
export function useTemplate(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.template(id ?? ""),
    queryFn: id === undefined ? skipToken : () => api.getTemplate(id),
    staleTime: Infinity,
  });
}

/** A story by its slug. Only its owner changes it, through this cache, so it stays fresh. */
export function useStory(slug: string) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.story(slug), queryFn: () => api.getStory(slug), staleTime: Infinity });
}

/** A gallery, page by page ("show more"); each story listed opens without another fetch. */
export function useStoryPages(view: SubmissionView, templateId?: string) {
  const api = useApi();
  const client = useQueryClient();
  return useInfiniteQuery({
    queryKey: queryKeys.storyPages(view, templateId),
    queryFn: async ({ pageParam }) => {
      const page = await api.listStories(view, { templateId, cursor: pageParam, limit: GALLERY_PAGE_SIZE });
      for (const story of page.items) {
        // What a story's own screen holds (its owner's view, say) is not replaced by a listing.
        if (client.getQueryData(queryKeys.story(story.slug)) === undefined) {
          client.setQueryData(queryKeys.story(story.slug), story);
        }
      }
      return page;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    staleTime: 30_000,
  });
}

/**
 * A signed link to the story's audio or picture, fetched only while `wanted`: asking renders it
 * the first time, which is slow and costs money, so a screen asks only when the player does (or
 * the story lists it as already made). A link lives only as long as the screen showing it.
 */
export function useMediaLink<K extends MediaKind>(story: Submission, kind: K, wanted: boolean) {
  const api = useApi();
  const client = useQueryClient();
  const slug = story.slug;
  return useQuery({
    queryKey: queryKeys.media(slug, kind),
    queryFn: wanted
      ? async (): Promise<MediaLinks[K]> => {
          const link = await api.media(slug, kind);
          // The story now has it: the next visit knows without asking.
          client.setQueryData<Submission>(queryKeys.story(slug), (cached) =>
            cached ? { ...cached, media: { ...cached.media, [kind]: { content_type: link.content_type } } } : cached,
          );
          return link;
        }
      : skipToken,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}

/**
 * Whether this reader owns the story and may still change it. The permalink read is the same for
 * everyone (it is cached), so a page opened from a link or reloaded asks this to show Delete.
 */
export function useOwnership(slug: string) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.ownership(slug), queryFn: () => api.ownership(slug), staleTime: 60_000 });
}

/** Remember what the server just answered, so the screen that shows it needs no fetch. */
export function rememberTemplate(client: QueryClient, template: Template): void {
  client.setQueryData(queryKeys.template(template.id), template);
}

export function rememberNewStory(client: QueryClient, story: Submission): void {
  client.setQueryData(queryKeys.story(story.slug), story);
  void client.invalidateQueries({ queryKey: queryKeys.stories });
}

/** A story whose words changed: its old recording and picture are gone; galleries show it anew. */
export function rememberChangedStory(client: QueryClient, story: Submission): void {
  client.removeQueries({ queryKey: queryKeys.media(story.slug, "audio") });
  client.removeQueries({ queryKey: queryKeys.media(story.slug, "image") });
  client.setQueryData(queryKeys.story(story.slug), story);
  void client.invalidateQueries({ queryKey: queryKeys.stories });
}

/** A deleted story: galleries start afresh rather than show it while they refresh. */
export function forgetStory(client: QueryClient, slug: string): void {
  client.removeQueries({ queryKey: queryKeys.story(slug) });
  client.removeQueries({ queryKey: queryKeys.media(slug, "audio") });
  client.removeQueries({ queryKey: queryKeys.media(slug, "image") });
  client.removeQueries({ queryKey: queryKeys.ownership(slug) });
  client.removeQueries({ queryKey: queryKeys.stories });
}
