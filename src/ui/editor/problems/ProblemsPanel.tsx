import { problemTarget } from '../../../core/editing/index.ts';
import { useEditorState, useEditorStore } from '../state/current-editor.ts';
import { goTo } from '../state/go-to.ts';

/**
 * What the venue validator says about the document now, errors first, each with
 * "Go to" that selects the item and shows it. The same validator the app runs
 * when a visitor opens the venue, so a clean list means the venue will open.
 */
export function ProblemsPanel() {
  const store = useEditorStore();
  const problems = useEditorState((s) => s.problems);
  const venue = useEditorState((s) => s.venue);
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section className="editor-section problems-panel" aria-labelledby="problems-title">
      <h2 id="problems-title">Problems</h2>
      <p role="status" className="problems-summary">
        {problems.length === 0 ? 'No problems: visitors can open this venue.' : `${errors} ${errors === 1 ? 'error' : 'errors'}, ${problems.length - errors} ${problems.length - errors === 1 ? 'warning' : 'warnings'}.`}
        {errors > 0 && ' Visitors cannot open the venue until the errors are fixed.'}
      </p>
      <ul className="problem-list">
        {sorted.map((p, i) => {
          const target = problemTarget(venue, p.path);
          return (
            <li key={`${p.path}-${i}`} className={`problem ${p.severity}`}>
              <span className="problem-severity">{p.severity === 'error' ? 'Error' : 'Warning'}</span>
              <span className="problem-message">{p.message}</span>
              {p.path && <code className="problem-path">{p.path}</code>}
              {target && (
                <button type="button" className="go-to" onClick={() => goTo(store, target)} aria-label={`Go to ${target.kind} ${target.id}`}>
                  Go to
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
