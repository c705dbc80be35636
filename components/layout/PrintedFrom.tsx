/** On paper a reader cannot follow the address bar, so the page prints its own address. */
export function PrintedFrom({ address }: { address: string }) {
  return <p className="print-only mt-6 text-sm">Printed from {address}</p>;
}
