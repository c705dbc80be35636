type Props = { text: string };

export function MedicalDisclaimer({ text }: Props) {
  return (
    <aside aria-label="Medical disclaimer" className="mt-10 rounded-lg border border-slate-300 bg-slate-50 p-4 text-sm text-slate-800">
      <p>
        <strong>General information, not medical advice.</strong> {text}
      </p>
    </aside>
  );
}
