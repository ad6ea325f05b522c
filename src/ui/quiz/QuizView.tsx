export default function QuizView() {
  return (
    <main className="tool-page">
      <h1>Quiz</h1>
    </main>
  );
}
