import { Component, type ReactNode } from 'react';

interface Props {
  title: string;
  children: ReactNode;
}

/**
 * If a tool's chunk cannot be fetched (offline, or a new deploy replaced it), say so and offer a
 * reload, instead of leaving a blank page under the header.
 */
export class ToolErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="tool-page">
        <div className="card tool-failed" role="alert">
          <h2>The {this.props.title.toLowerCase()} could not be loaded</h2>
          <p>Check the connection, then reload the page.</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </main>
    );
  }
}
