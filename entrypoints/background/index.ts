export default defineBackground(() => {
  // Wiring only: capture, reminders and menus arrive with their issues.
});
