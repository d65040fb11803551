import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * What one axis of a virtualised table draws: the indexes in order, each with the empty space (px)
 * before it that stands for the lines or columns not drawn, and the space after the last one. A new
 * object only when something in it changed (`key`), so memoised rows keep their props.
 */
export interface AxisSlice {
  items: readonly { index: number; before: number }[];
  after: number;
  key: string;
}

type Axis = ReturnType<typeof useVirtualizer<HTMLDivElement, HTMLElement>>;

function sliceOf(axis: Axis, margin: number): AxisSlice {
  let position = margin;
  const items = axis.getVirtualItems().map((item) => {
    const before = Math.max(0, item.start - position);
    position = item.end;
    return { index: item.index, before };
  });
  const after = Math.max(0, axis.getTotalSize() + margin - position);
  const key = `${items.map((i) => `${i.index}:${Math.round(i.before)}`).join(',')}|${Math.round(after)}`;
  return { items, after, key };
}

/** The visible range with the overscan, plus `keep` (the active line or column) wherever it is. */
function rangeWith(keep: number, all: boolean) {
  return (range: Range): number[] => {
    if (all) return Array.from({ length: range.count }, (_, i) => i);
    const indexes = defaultRangeExtractor(range);
    if (keep < 0 || keep >= range.count || indexes.includes(keep)) return indexes;
    return [...indexes, keep].sort((a, b) => a - b);
  };
}

/** True while the page is being printed (the browser's print or a print preview): draw every line. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia?.('print');
    // The browser lays the page out for print right after `beforeprint`: the lines must be there then.
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(false);
    const change = (event: MediaQueryListEvent) => (event.matches ? on() : off());
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}

export interface GridWindowOptions {
  scroller: { current: HTMLDivElement | null };
  /** The sticky header row and the sticky first column: the virtualised part starts after them. */
  header: { current: HTMLElement | null };
  corner: { current: HTMLElement | null };
  lines: number;
  columns: number;
  lineSize: (index: number) => number;
  columnSize: number;
  /** The active cell's line and column, always drawn so it keeps the focus when scrolled away. */
  activeLine: number;
  activeColumn: number;
}

/**
 * Lines and columns of a large table drawn only where the scroll box shows them (and a few more), with
 * the space of the others kept, so the scroll bars and positions are those of the whole table. Lines
 * and columns are measured once drawn (a line's height varies with its cells). Everything is drawn
 * while printing.
 */
export function useGridWindow(options: GridWindowOptions) {
  const printing = usePrinting();
  const [margins, setMargins] = useState({ top: 90, left: 280 });
  const { header, corner } = options;
  useLayoutEffect(() => {
    const measure = () => {
      const top = header.current?.offsetHeight ?? 0;
      const left = corner.current?.offsetWidth ?? 0;
      setMargins((now) =>
        Math.abs(top - now.top) > 1 || Math.abs(left - now.left) > 1 ? { top, left } : now,
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    for (const element of [header.current, corner.current]) if (element) observer.observe(element);
    return () => observer.disconnect();
  }, [header, corner]);
  const rows = useVirtualizer<HTMLDivElement, HTMLElement>({
    count: options.lines,
    getScrollElement: () => options.scroller.current,
    estimateSize: options.lineSize,
    overscan: 8,
    scrollMargin: margins.top,
    rangeExtractor: rangeWith(options.activeLine, printing),
    useFlushSync: false,
  });
  const columns = useVirtualizer<HTMLDivElement, HTMLElement>({
    horizontal: true,
    count: options.columns,
    getScrollElement: () => options.scroller.current,
    estimateSize: () => options.columnSize,
    overscan: 3,
    scrollMargin: margins.left,
    rangeExtractor: rangeWith(options.activeColumn, printing),
    useFlushSync: false,
  });
  const lineSlice = sliceOf(rows, margins.top);
  const columnSlice = sliceOf(columns, margins.left);
  // The same objects while nothing in them changed: memoised rows compare them by reference.
  const stableLines = useMemo(() => lineSlice, [lineSlice.key]); // eslint-disable-line react-hooks/exhaustive-deps
  const stableColumns = useMemo(() => columnSlice, [columnSlice.key]); // eslint-disable-line react-hooks/exhaustive-deps
  return {
    lines: stableLines,
    columns: stableColumns,
    measureLine: rows.measureElement,
    measureColumn: columns.measureElement,
    printing,
  };
}
