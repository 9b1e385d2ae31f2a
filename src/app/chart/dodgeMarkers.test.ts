import { describe, expect, it } from 'vitest';
import { dodgeMarkers } from './dodgeMarkers';

describe('dodgeMarkers', () => {
  it('leaves separate markers where they are', () => {
    expect(
      dodgeMarkers(
        [
          { x: 0, y: 0 },
          { x: 100, y: 0 },
        ],
        9,
      ),
    ).toEqual([0, 0]);
  });

  it('moves markers on the same spot apart, right then left', () => {
    const shifts = dodgeMarkers(
      [
        { x: 50, y: 50 },
        { x: 50, y: 52 },
        { x: 50, y: 51 },
      ],
      9,
    );
    expect(shifts).toEqual([0, 19, -19]);
  });
});
