/**
 * On narrow screens the side panel is a bottom sheet under the graph; this button gives it
 * most of the height, or gives it back. On wide screens the button is hidden by CSS.
 */
export function mountSheetToggle(button: HTMLButtonElement): void {
  button.addEventListener('click', () => {
    const expanded = document.body.classList.toggle('sheet-expanded');
    button.setAttribute('aria-expanded', String(expanded));
    button.textContent = expanded ? 'Show more of the graph' : 'Show more of the panel';
    // Sigma follows its container's size on window resizes; this is a layout change.
    window.dispatchEvent(new Event('resize'));
  });
}
