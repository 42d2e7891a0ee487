// Placeholder until the wizard lands (issue: Add API token wizard).
export function AddTokenWizard() {
  return <p role="status">The Add API token wizard is not available yet.</p>;
}
