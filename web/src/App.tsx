import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { GameApi } from "./api/client";
import { ApiContext } from "./api/context";
import { createQueryClient } from "./hooks/queries";
import { GalleryPage } from "./pages/GalleryPage";
import { JoinPage, PartyPage, RoomPage } from "./pages/PartyPages";
import { PlayPage } from "./pages/PlayPage";
import { StartPage } from "./pages/StartPage";
import { StoryPage } from "./pages/StoryPage";
import { Link, RouterProvider, parseRoute, useNavigation } from "./router";

function Screen() {
  const { path } = useNavigation();
  const route = parseRoute(path);
  switch (route.name) {
    case "start":
      return <StartPage />;
    case "play":
      return <PlayPage key={route.templateId} templateId={route.templateId} />;
    case "story":
      return <StoryPage key={route.slug} slug={route.slug} />;
    case "gallery":
      return <GalleryPage key={route.view} view={route.view} />;
    case "template-gallery":
      return <GalleryPage key={route.templateId} view="template" templateId={route.templateId} />;
    case "party":
      return <PartyPage />;
    case "join":
      return <JoinPage key={route.code ?? ""} code={route.code} />;
    case "room":
      return <RoomPage key={route.code} code={route.code} />;
    default:
      return (
        <section className="panel">
          <h1>Page not found</h1>
          <p>
            This page wandered off. <Link href="/">Start a new story</Link> instead?
          </p>
        </section>
      );
  }
}

export function App({ api, queryClient }: { api: GameApi; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={client}>
        <RouterProvider>
          <a className="skip-link" href="#main">
            Skip to the game
          </a>
          <header className="site-header">
            <Link href="/" className="brand">
              <span aria-hidden="true" className="brand-mark">?!</span> Mad Libs
            </Link>
            <nav aria-label="Main">
              <ul>
                <li><Link href="/">New story</Link></li>
                <li><Link href="/party">Party</Link></li>
                <li><Link href="/stories">Gallery</Link></li>
                <li><Link href="/stories/mine">My stories</Link></li>
              </ul>
            </nav>
          </header>
          <main id="main" tabIndex={-1}>
            <Screen />
          </main>
          <footer className="site-footer">
            <p>
              Structured nonsense, lightly corrected. <a href="/api/docs">API</a>
            </p>
          </footer>
        </RouterProvider>
      </QueryClientProvider>
    </ApiContext.Provider>
  );
}
