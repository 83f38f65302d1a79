/**
 * A node's parent in the composed tree: its parent, or for a shadow root its host. Walks up
 * from an element through the shadow roots it sits in, as a reader's page nests.
 */
export const composedParent = (node: Node): Node | null =>
  node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);

/** A node's parent in the flat tree, as it renders: the slot it is assigned to, if any. */
export const flatParent = (node: Node): Node | null =>
  (node instanceof Element && node.assignedSlot) || composedParent(node);
