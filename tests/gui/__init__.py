"""The desktop client, offscreen: pages, dialogs, fit to the screen, stability."""
