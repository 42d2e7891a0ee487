/** The window's title, as the portal writes it: the page's own title, then the portal's name. */
export function showTitle(title: string): void {
  document.title = `${title} · SoftwareOne Marketplace`;
}
