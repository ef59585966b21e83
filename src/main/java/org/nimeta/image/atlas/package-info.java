/**
 * Anatomical labels at MNI coordinates, for cluster tables: {@link org.nimeta.image.atlas.Atlas}
 * and the bundled Harvard–Oxford cortical atlas (non-commercial licence, see its {@code NOTICE.md}).
 */
package org.nimeta.image.atlas;
