import type { Problem } from '../core/venue/index.ts';
import { formatProblem } from '../core/venue/index.ts';

/** How many problems are listed on screen; the rest are counted (a broken file may have thousands). */
const SHOWN = 50;

/** Shown instead of the 3D view when a venue cannot be opened: what is wrong, field by field. */
export function ProblemScreen({ title, hint, problems }: { title: string; hint: string; problems: Problem[] }) {
  const errors = problems.filter((p) => p.severity === 'error');
  return (
    <section className="problem-screen" role="alert" aria-labelledby="problem-title">
      <h2 id="problem-title">{title}</h2>
      <ul className="problem-list">
        {errors.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <code>{formatProblem(p)}</code>
          </li>
        ))}
      </ul>
      {errors.length > SHOWN && <p>… +{errors.length - SHOWN}</p>}
      {hint && <p className="muted">{hint}</p>}
    </section>
  );
}
