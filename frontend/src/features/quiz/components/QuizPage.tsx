import { useState } from "react";
import { problemText } from "../../../api/problems";
import { useMe } from "../../auth/api/me";
import { useQuiz, useSubmitQuiz } from "../api/quiz";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";

export function QuizPage() {
  const me = useMe();
  const questions = useQuiz();
  const submitQuiz = useSubmitQuiz();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Record<string, number> | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!questions.data) return <p>…</p>;
  const complete = questions.data.every((q) => answers[q.id]);

  function submit() {
    submitQuiz.mutate(answers, { onSuccess: (r) => setResult(r.dnaScores), onError: (e) => setError(problemText(e)) });
  }

  return (
    <section className="card quiz">
      <h1>🧬 {t.quiz.title}</h1>
      {questions.data.map((q, n) => (
        <fieldset key={q.id}>
          <legend>{n + 1}. {q.text}</legend>
          {q.options.map((o) => (
            <label key={o.id} className="option">
              <input type="radio" name={q.id} checked={answers[q.id] === o.id} onChange={() => setAnswers({ ...answers, [q.id]: o.id })} /> {o.text}
            </label>
          ))}
        </fieldset>
      ))}
      {me.data ? (
        <button className="primary" disabled={!complete} onClick={submit}>{complete ? t.quiz.submit : t.quiz.incomplete}</button>
      ) : (
        <Link to="/login">{t.nav.login}</Link>
      )}
      {error && <p className="error" role="alert">{error}</p>}
      {result && (
        <div data-testid="quiz-result">
          <h2>{t.quiz.result}</h2>
          <ul className="dna">
            {Object.entries(result).map(([d, v]) => (
              <li key={d}>
                <span className="dna-label">{t.fantasy.dimensions[d]}</span>
                <span className="dna-bar"><span style={{ width: `${v}%` }} /></span>
                <span className="dna-value">{v}%</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
