// The "outcome of your review" radios shared by the privacy officer's review forms (override alerts, safety concerns):
// a fieldset with its legend, the field's error, and one radio per outcome; the first radio carries the field's id so
// the error summary can link to it.
type Props<O extends string> = {
  fieldId: string;
  legend: string;
  outcomes: readonly O[];
  labels: Record<O, string>;
  error: string | undefined;
};

export function ReviewOutcomeRadios<O extends string>({ fieldId, legend, outcomes, labels, error }: Props<O>) {
  return (
    <fieldset className={`mb-4 ${error ? "border-l-4 border-nhs-red pl-4" : ""}`}>
      <legend className="mb-2 text-lg font-bold">{legend}</legend>
      {error && (
        <p className="mb-2 font-bold text-nhs-red">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
      {outcomes.map((outcome, i) => {
        const id = i === 0 ? fieldId : `${fieldId}-${outcome}`;
        return (
          <div key={outcome} className="mb-2 flex items-start gap-3">
            <input type="radio" id={id} name="outcome" value={outcome} className="mt-1 h-6 w-6 accent-nhs-black" />
            <label htmlFor={id}>{labels[outcome]}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
