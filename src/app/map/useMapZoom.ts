import { useCallback, useEffect, useRef, useState } from 'react';
import { MAP_HEIGHT, MAP_WIDTH } from './mapGeometry';

/** A zoom of the map: scale `k`, then a shift (x, y) in the map's own units. */
export interface MapTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: MapTransform = { k: 1, x: 0, y: 0 };
export const MAX_ZOOM = 12;
/** From this scale on, a governorate fills much of the map: its districts are shown. */
export const DISTRICT_ZOOM = 2.5;
const STEP = 1.6;

const clamp = (t: MapTransform): MapTransform => {
  const k = Math.min(MAX_ZOOM, Math.max(1, t.k));
  // The map never leaves the frame: at least its own size stays in view.
  const x = Math.min(0, Math.max(MAP_WIDTH * (1 - k), t.x));
  const y = Math.min(0, Math.max(MAP_HEIGHT * (1 - k), t.y));
  return { k, x, y };
};

/** Zooms by `factor` keeping the map point under (px, py) (map units) in place. */
export const zoomAt = (t: MapTransform, factor: number, px: number, py: number): MapTransform => {
  const k = Math.min(MAX_ZOOM, Math.max(1, t.k * factor));
  const f = k / t.k;
  return clamp({ k, x: px - (px - t.x) * f, y: py - (py - t.y) * f });
};

/** Centres the map point (cx, cy) at scale k. */
export const centreOn = (k: number, cx: number, cy: number): MapTransform =>
  clamp({ k, x: MAP_WIDTH / 2 - cx * k, y: MAP_HEIGHT / 2 - cy * k });

/**
 * Wheel, drag and pinch on the map's SVG, and +/− from buttons or keys (our own small
 * transform: a React state the drawing reads, no DOM library). Returns the transform and the
 * actions the buttons and keys call.
 */
export const useMapZoom = (svg: SVGSVGElement | null) => {
  const [transform, setTransform] = useState<MapTransform>(IDENTITY);
  const current = useRef(transform);
  current.current = transform;
  /** A client point in map units (the SVG is scaled to its box). */
  const toMap = useCallback(
    (clientX: number, clientY: number): [number, number] => {
      const box = svg?.getBoundingClientRect();
      if (!box || box.width === 0) return [MAP_WIDTH / 2, MAP_HEIGHT / 2];
      return [
        ((clientX - box.left) / box.width) * MAP_WIDTH,
        ((clientY - box.top) / box.height) * MAP_HEIGHT,
      ];
    },
    [svg],
  );
  useEffect(() => {
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const [px, py] = toMap(e.clientX, e.clientY);
      setTransform((t) => zoomAt(t, Math.exp(-e.deltaY * 0.002), px, py));
    };
    // Pointers down: one drags, two pinch (their distance scales, their middle stays).
    const pointers = new Map<number, [number, number]>();
    let moved = false;
    const onDown = (e: PointerEvent) => {
      pointers.set(e.pointerId, [e.clientX, e.clientY]);
      moved = false;
    };
    const onMove = (e: PointerEvent) => {
      const before = pointers.get(e.pointerId);
      if (!before) return;
      const others = [...pointers.entries()].filter(([id]) => id !== e.pointerId);
      const box = svg.getBoundingClientRect();
      const unit = box.width > 0 ? MAP_WIDTH / box.width : 1;
      const other = others[0]?.[1];
      if (other) {
        const d0 = Math.hypot(before[0] - other[0], before[1] - other[1]);
        const d1 = Math.hypot(e.clientX - other[0], e.clientY - other[1]);
        const [px, py] = toMap((e.clientX + other[0]) / 2, (e.clientY + other[1]) / 2);
        if (d0 > 0) setTransform((t) => zoomAt(t, d1 / d0, px, py));
        moved = true;
      } else if (Math.abs(e.clientX - before[0]) + Math.abs(e.clientY - before[1]) > 0) {
        if (current.current.k > 1 && (moved || e.buttons !== 0)) {
          const dx = (e.clientX - before[0]) * unit;
          const dy = (e.clientY - before[1]) * unit;
          if (moved || Math.abs(dx) + Math.abs(dy) > 3) {
            moved = true;
            setTransform((t) => clamp({ ...t, x: t.x + dx, y: t.y + dy }));
          } else return;
        }
      }
      pointers.set(e.pointerId, [e.clientX, e.clientY]);
    };
    const onUp = (e: PointerEvent) => {
      pointers.delete(e.pointerId);
    };
    // A drag is not a click: the area under the pointer is not chosen.
    const onClick = (e: MouseEvent) => {
      if (moved) {
        e.stopPropagation();
        e.preventDefault();
        moved = false;
      }
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    svg.addEventListener('pointerdown', onDown);
    svg.addEventListener('pointermove', onMove);
    svg.addEventListener('pointerup', onUp);
    svg.addEventListener('pointercancel', onUp);
    svg.addEventListener('click', onClick, true);
    return () => {
      svg.removeEventListener('wheel', onWheel);
      svg.removeEventListener('pointerdown', onDown);
      svg.removeEventListener('pointermove', onMove);
      svg.removeEventListener('pointerup', onUp);
      svg.removeEventListener('pointercancel', onUp);
      svg.removeEventListener('click', onClick, true);
    };
  }, [svg, toMap]);
  const zoomBy = useCallback(
    (factor: number, around?: [number, number]) =>
      setTransform((t) => {
        // Around a point (a focused area's centre), else the middle of what is shown.
        const [px, py] = around
          ? [around[0] * t.k + t.x, around[1] * t.k + t.y]
          : [MAP_WIDTH / 2, MAP_HEIGHT / 2];
        return zoomAt(t, factor, px, py);
      }),
    [],
  );
  return {
    transform,
    zoomIn: (around?: [number, number]) => zoomBy(STEP, around),
    zoomOut: () => zoomBy(1 / STEP),
    reset: () => setTransform(IDENTITY),
    /** Zooms in around a point as drawn (after the current zoom). */
    zoomInAt: (x: number, y: number) => setTransform((t) => zoomAt(t, STEP, x, y)),
    focusOn: (k: number, cx: number, cy: number) => setTransform(centreOn(k, cx, cy)),
  };
};
