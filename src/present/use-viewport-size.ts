import { useSyncExternalStore } from 'react';

let cached = { width: 0, height: 0 };

function read() {
  if (cached.width !== window.innerWidth || cached.height !== window.innerHeight)
    cached = { width: window.innerWidth, height: window.innerHeight };
  return cached;
}

/** The window's size, updated on resize, rotation and full-screen changes. */
export function useViewportSize(): { width: number; height: number } {
  return useSyncExternalStore((onChange) => {
    window.addEventListener('resize', onChange);
    return () => window.removeEventListener('resize', onChange);
  }, read);
}
