/** Escaping for the few server-rendered HTML pages (web chat, staff console). */

/**
 * Text safe inside HTML elements and quoted attributes.
 * @example
 * escapeHtml('<b>"x"</b>'); // '&#60;b&#62;&#34;x&#34;&#60;/b&#62;'
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * JSON safe inside a `<script type="application/json">` element.
 * @example
 * inertJson({ a: '</script>' }); // '{"a":"\\u003c/script\\u003e"}'
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
