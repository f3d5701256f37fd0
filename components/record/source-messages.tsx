// Messages the GP system attached to the whole record (e.g. "Sections not permitted for this
// role"). Shown as they came, so nothing the source told us is silently dropped.
import { Callout } from "../ui/callout";

export function SourceMessages({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <Callout tone="info">
      <p className="mb-1 text-lg font-bold">Messages from the GP system</p>
      <ul className="list-disc space-y-1 pl-6">
        {messages.map((m, i) => (
          <li key={`${i}-${m}`}>{m}</li>
        ))}
      </ul>
    </Callout>
  );
}
