import { useScreenHeading } from "../hooks/useScreenHeading";

/** A screen's heading, named by a fixed title: it names the tab and takes focus after navigation. */
export function ScreenTitle({ title }: { title: string }) {
  const heading = useScreenHeading<HTMLHeadingElement>(title);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {title}
    </h1>
  );
}
