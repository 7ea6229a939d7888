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
.unavailable {
  position: fixed; bottom: 84px; right: 20px; z-index: 2147483000; box-sizing: border-box;
  width: min(360px, calc(100vw - 40px)); padding: 12px 16px; border: 2px solid #3c5c22; border-radius: 8px;
  font: 400 16px/1.5 'IBM Plex Sans', system-ui, -apple-system, 'Segoe UI', sans-serif;
  color: #1a1a1a; background: #fff; box-shadow: 0 2px 8px rgba(0, 0, 0, .35);
}
.unavailable.left { right: auto; left: 20px; }
.unavailable.inline { position: static; width: auto; max-width: 720px; box-shadow: none; }
.unavailable p { margin: 0; }
.unavailable a { color: #004d99; font-weight: 600; white-space: nowrap; }
.unavailable button { margin-top: 8px; font: inherit; color: #1a1a1a; background: #f1f1f1; border: 1px solid #747474; border-radius: 4px; padding: 4px 12px; min-height: 32px; cursor: pointer; }
.unavailable :focus-visible { outline: 3px solid #454545; outline-offset: 1px; }
`;
