// The notifications' own words. They load with the code that shows notifications: none is on the first paint.
export const notificationMessages = {
  /** How a screen reader introduces each notification as it arrives. */
  one: 'Notification',
  /** The region that holds them; the browser's own text would be English on any page. `{hotkey}` is filled in
   * with the key that moves focus there (F8). */
  region: 'Notifications ({hotkey})',
} as const;
