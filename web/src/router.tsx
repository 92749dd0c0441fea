import { createContext, useCallback, useContext, useEffect, useState, type ComponentProps, type MouseEvent } from "react";

// A small history-API router: the app has a handful of screens, not worth a routing library.

export type Route =
  | { name: "start" }
  | { name: "play"; templateId: string }
  | { name: "story"; slug: string }
  | { name: "gallery"; view: "recent" | "mine" }
  | { name: "template-gallery"; templateId: string }
  /** "Host a party": the host's name, then a new room. */
  | { name: "party" }
  /** A phone joining a room: the code (from the QR code's link, or typed) and a name. */
  | { name: "join"; code: string | null }
  /** A party room, as its host or as a player sees it. */
  | { name: "room"; code: string }
  | { name: "not-found" };

export function parseRoute(pathname: string): Route {
  const parts = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: "start" };
  const [head, id, tail] = parts;
  if (head === "play" && id && parts.length === 2) return { name: "play", templateId: id };
  if (head === "p" && id && parts.length === 2) return { name: "story", slug: id };
  if (head === "stories" && parts.length === 1) return { name: "gallery", view: "recent" };
  if (head === "stories" && id === "mine" && parts.length === 2) return { name: "gallery", view: "mine" };
  if (head === "t" && id && tail === "stories" && parts.length === 3) return { name: "template-gallery", templateId: id };
  if (head === "party" && parts.length === 1) return { name: "party" };
  if (head === "join" && parts.length <= 2) return { name: "join", code: id ? id.toUpperCase() : null };
  if (head === "r" && id && parts.length === 2) return { name: "room", code: id.toUpperCase() };
  return { name: "not-found" };
}

interface Navigation {
  path: string;
  navigate: (to: string, options?: { replace?: boolean }) => void;
}

const NavigationContext = createContext<Navigation>({ path: "/", navigate: () => undefined });

export function RouterProvider({ children }: { children: React.ReactNode }) {
  const [path, setPath] = useState(() => window.location.pathname);

  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const navigate = useCallback((to: string, options?: { replace?: boolean }) => {
    if (options?.replace) window.history.replaceState(null, "", to);
    else window.history.pushState(null, "", to);
    setPath(new URL(to, window.location.origin).pathname);
    window.scrollTo?.(0, 0);
  }, []);

  return <NavigationContext.Provider value={{ path, navigate }}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}

/** An <a> that changes screens without a page load (and still works as a normal link). */
export function Link({ href, onClick, ...rest }: ComponentProps<"a"> & { href: string }) {
  const { navigate } = useNavigation();
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
