import type { Problem } from '../core/venue/index.ts';
import { formatProblem } from '../core/venue/index.ts';
import type { Strings } from './strings.ts';

/** How many problems are listed on screen; the rest are counted (a broken file may have thousands). */
const SHOWN = 50;

/** Shown instead of the 3D view when a venue cannot be opened: what is wrong, field by field. */
export function ProblemScreen({ title, hint, problems, t }: { title: string; hint: string; problems: Problem[]; t: Strings }) {
  const errors = problems.filter((p) => p.severity === 'error');
  return (
    <section className="problem-screen" role="alert" aria-labelledby="problem-title">
      <h2 id="problem-title">{title}</h2>
      <p>{hint}</p>
      <ul className="problem-list">
        {errors.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <code>{formatProblem(p)}</code>
          </li>
        ))}
      </ul>
      {errors.length > SHOWN && <p>… +{errors.length - SHOWN}</p>}
      <p className="muted">{t.venueFailedHint}</p>
    </section>
  );
}
