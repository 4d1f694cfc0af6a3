import { Component, type ReactNode } from 'react';

interface Props {
  fallback: (error: Error, reset: () => void) => ReactNode;
  children: ReactNode;
  /**
   * The identity of what the children are drawn from (a panel's loaded data files): when any
   * of them changes, a failure is forgotten and the children are drawn again from the new data.
   */
  resetKeys?: readonly unknown[];
}

/** Whether two lists of keys differ, element by element (same identity, same length). */
export function keysChanged(before: readonly unknown[] = [], after: readonly unknown[] = []): boolean {
  return before.length !== after.length || before.some((key, i) => !Object.is(key, after[i]));
}

/** Keeps a failure inside the panel that caused it; new data, or the reader's retry, lets it try again. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  componentDidUpdate(previous: Props) {
    if (this.state.error && keysChanged(previous.resetKeys, this.props.resetKeys)) this.reset();
  }
  reset = () => this.setState({ error: null });
  render() {
    return this.state.error ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}
