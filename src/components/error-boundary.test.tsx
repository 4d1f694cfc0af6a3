// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, keysChanged } from './error-boundary';

/** Draws its data, or throws on data it cannot draw, as a chart builder does. */
function Drawing({ data }: { data: { ok: boolean; text: string } }) {
  if (!data.ok) throw new Error(`cannot draw ${data.text}`);
  return <p>{data.text}</p>;
}

function Boundary({ data }: { data: { ok: boolean; text: string } }) {
  return (
    <ErrorBoundary
      resetKeys={[data]}
      fallback={(error, reset) => (
        <div role="alert">
          {error.message}
          <button type="button" onClick={reset}>
            retry
          </button>
        </div>
      )}
    >
      <Drawing data={data} />
    </ErrorBoundary>
  );
}

describe('ErrorBoundary', () => {
  afterEach(cleanup);
  // React reports a caught error on the console; the failure is the point of these tests.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);

  it('draws again when the data it was drawn from is replaced', () => {
    const bad = { ok: false, text: 'old file' };
    const view = render(<Boundary data={bad} />);
    expect(screen.getByRole('alert').textContent).toContain('cannot draw old file');
    // The same data again: the failure stays.
    view.rerender(<Boundary data={bad} />);
    expect(screen.getByRole('alert')).toBeTruthy();
    view.rerender(<Boundary data={{ ok: true, text: 'new file' }} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('new file')).toBeTruthy();
  });

  it('shows the failure again when the new data fails too, and retries on request', () => {
    const view = render(<Boundary data={{ ok: false, text: 'first' }} />);
    view.rerender(<Boundary data={{ ok: false, text: 'second' }} />);
    expect(screen.getByRole('alert').textContent).toContain('cannot draw second');
    fireEvent.click(screen.getByRole('button', { name: 'retry' }));
    expect(screen.getByRole('alert').textContent).toContain('cannot draw second');
  });
});

describe('keysChanged', () => {
  it('compares keys by identity, element by element', () => {
    const file = {};
    expect(keysChanged([file, 1], [file, 1])).toBe(false);
    expect(keysChanged([file], [{}])).toBe(true);
    expect(keysChanged([file], [file, undefined])).toBe(true);
    expect(keysChanged(undefined, undefined)).toBe(false);
  });
});
