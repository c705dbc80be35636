/** On paper a reader cannot follow the address bar, so the page prints its own address. */
export function PrintedFrom({ address, label }: { address: string; label: string }) {
  return (
    <p className="print-only mt-6 text-sm">
      {label} {address}
    </p>
  );
}
