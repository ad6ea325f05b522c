import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';

/** A panel whose code is fetched the first time it is shown (or earlier, by `preload`). */
export interface LazyPanel<P extends object> {
  readonly Panel: ComponentType<P>;
  /** Starts fetching the panel's chunk (once); resolves when it can render without waiting. */
  readonly preload: () => Promise<unknown>;
}

/**
 * Wraps a panel that the first paint does not show. Until its chunk arrives, `placeholder` takes
 * its place (the same box, so nothing moves when the content comes); once fetched — by a
 * `preload` before the first paint or after it — the panel renders at once, with no placeholder.
 * If the chunk cannot be fetched, the panel's place says so and offers to try again.
 */
export function lazyPanel<P extends object>(
  title: string,
  load: () => Promise<ComponentType<P>>,
  placeholder: (props: P) => ReactNode = () => null,
): LazyPanel<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        // Forget the failure, so the next attempt fetches again.
        pending = null;
        throw e;
      },
    ));
  const newLazy = () => lazy(() => preload().then((c) => ({ default: c })));
  function Panel(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component later would
    // remount the panel and lose its state (a log's scroll, a form being edited).
    const [shown, setShown] = useState<ComponentType<P>>(() => loaded ?? newLazy());
    const Shown = shown;
    return (
      <PanelErrorBoundary title={title} retry={() => setShown(() => loaded ?? newLazy())}>
        <Suspense fallback={placeholder(props)}>
          <Shown {...props} />
        </Suspense>
      </PanelErrorBoundary>
    );
  }
  Panel.displayName = `Lazy(${title})`;
  return { Panel, preload };
}

interface BoundaryProps {
  readonly title: string;
  readonly retry: () => void;
  readonly children: ReactNode;
}

/** A panel whose chunk could not be fetched (offline, or replaced by a new version). */
class PanelErrorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="card panel-failed" role="alert">
        <p>
          The {this.props.title} could not be loaded. Check the connection and try again; nothing
          you have done is lost.
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            this.props.retry();
            this.setState({ failed: false });
          }}
        >
          Try again
        </button>
      </div>
    );
  }
}
