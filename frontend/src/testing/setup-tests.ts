import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Pages load lazily and Vitest runs files in parallel on two cores: a findBy waits up to 5 s
// (it returns as soon as the element is there), so a busy machine does not fail a correct test.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  sessionStorage.clear();
});

// jsdom lays nothing out and does not scroll: the shell's scroll to a new page's top is a no-op here.
window.scrollTo = () => {};
