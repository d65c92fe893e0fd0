import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Every table sits in one of these: a table wider than the screen scrolls inside this box, never the page,
 * and its first column stays in view on its row's own background (styles in app.css, `.table-scroll`).
 * While the box scrolls it is a named region reachable with Tab, so keyboard users can scroll it with
 * the arrow keys; a table that fits adds no tab stop and no landmark.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    // The box changes with the window, the table with its rows.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="table-scroll" {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}>
      {children}
    </div>
  );
}
