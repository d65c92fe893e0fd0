import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Every table sits in one of these: a table wider than the screen scrolls inside this box, never the page,
 * and its first column stays in view on its row's own background (styles in app.css, `.table-scroll`).
 * While the box scrolls it is a named region reachable with Tab, so keyboard users can scroll it with
 * the arrow keys; a table that fits adds no tab stop and no landmark.
 *
 * Measured only in the ResizeObserver's callback, which the browser calls after its own layout (and once
 * for every observed box when observing starts): reading `scrollWidth` during React's commit would force
 * a layout of the whole page inside the task that rendered it. Whether the box scrolls changes only its
 * role and tab stop, never its size, so nothing moves when the answer arrives.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
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
