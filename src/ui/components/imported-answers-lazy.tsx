/**
 * Fetches the imported-articles part only when it is needed (a refused question in a municipality
 * with imported articles): it stays off the curated path and its size budget.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ImportedAnswersProps } from './imported-answers.js';

export function ImportedAnswersLazy(props: ImportedAnswersProps) {
  const [Part, setPart] = useState<ComponentType<ImportedAnswersProps> | null>(null);
  useEffect(() => {
    void import('./imported-answers.js').then((m) => setPart(() => m.ImportedAnswers));
  }, []);
  return Part ? <Part {...props} /> : null;
}
