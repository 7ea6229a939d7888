/**
 * The launcher's styles, the only CSS loaded before the widget opens. `all: initial` stops the
 * host page's inherited font, colour and line height from crossing the shadow boundary.
 */
export const LAUNCHER_CSS = `
:host { all: initial !important; }
.launcher {
  position: fixed; bottom: 20px; right: 20px; z-index: 2147483000;
  font: 600 16px/1.3 'IBM Plex Sans', system-ui, -apple-system, 'Segoe UI', sans-serif;
  color: #fff; background: #3c5c22; border: 2px solid #fff; border-radius: 24px;
  padding: 10px 18px; min-height: 48px; cursor: pointer; box-shadow: 0 2px 8px rgba(0, 0, 0, .35);
}
.launcher.left { right: auto; left: 20px; }
.launcher:focus-visible { outline: 3px solid #454545; outline-offset: 1px; }
.launcher[hidden] { display: none; }
`;
