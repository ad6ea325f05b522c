export default function ReferenceView() {
  return (
    <main className="tool-page">
      <h1>Event source reference</h1>
    </main>
  );
}
