import { startTransition, useCallback, useLayoutEffect, useRef, useState } from 'react';

export interface GridPosition {
  r: number;
  c: number;
}

/**
 * The grid's active cell, held by the grid itself so that an arrow key re-renders the grid alone (two
 * cells, two memoised lines) and the focus moves in the frame that follows the key. The page (its
 * toolbar "Ô đang chọn", the review's controls, the details drawer) learns of the move after that frame
 * has been painted, as a transition: its work no longer delays the focus. A position the page sets
 * itself (accepting a proposal moves down, showing only the differing lines goes back to the first
 * cell) is taken over at once; a move the page has not heard of yet is dropped once another one follows.
 */
export function useGridCursor(
  active: GridPosition,
  onActiveChange: (position: GridPosition) => void,
): [GridPosition, (position: GridPosition) => void] {
  const [position, setPosition] = useState(active);
  const [seen, setSeen] = useState(active);
  // The positions the grid handed to the page: when they come back as `active` they are not news.
  const [sent] = useState(() => new WeakSet<GridPosition>());
  if (active !== seen) {
    setSeen(active);
    if (!sent.has(active)) setPosition(active);
  }
  const current = useRef(position);
  const notify = useRef(onActiveChange);
  useLayoutEffect(() => {
    current.current = position;
    notify.current = onActiveChange;
  });
  const moveTo = useCallback(
    (next: GridPosition) => {
      sent.add(next);
      setPosition(next);
      requestAnimationFrame(() => {
        // A message posted from the frame's callbacks runs once that frame is painted.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          if (current.current === next) startTransition(() => notify.current(next));
        };
        channel.port2.postMessage(null);
      });
    },
    [sent],
  );
  return [position, moveTo];
}
