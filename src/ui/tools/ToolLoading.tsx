/** Shown while a tool's code arrives; announced politely to screen readers. */
export function ToolLoading({ title }: { title: string }) {
  return (
    <main className="tool-page">
      <div className="tool-loading" role="status">
        <span className="tool-loading__spinner" aria-hidden="true" />
        Loading the {title.toLowerCase()}…
      </div>
    </main>
  );
}
