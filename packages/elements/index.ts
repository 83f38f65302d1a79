// Class and event exports only: importing this registers no element. Import a define file
// (e.g. '@support-kit/elements/support-appeal.js') or the drop-in to register the tags.
export * from './src/events/SupportEvents.js';
