/** A list of topics as buttons: popular topics, or the close matches to choose among. */
interface Props {
  /** Visible heading, or null where the step's heading already says it. */
  heading: string | null;
  label: string;
  topics: string[];
  title: (topic: string) => string;
  onChoose: (topic: string) => void;
}

export function TopicChoices({ heading, label, topics, title, onChoose }: Props) {
  if (topics.length === 0) return null;
  return (
    <section aria-label={label}>
      {heading && <p class="hint">{heading}</p>}
      <ul class="choices">
        {topics.map((id) => (
          <li key={id}>
            <button type="button" class="secondary" onClick={() => onChoose(id)}>
              {title(id)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
