/**
 * NiMARE 0.2.1's {@code ImageTransformer}: statistical images computed from others (z from t and
 * the sample size, varcope from se, beta from t and varcope, ...). {@link
 * org.nimeta.engine.ibma.transform.TransformRules} decides which {@link
 * org.nimeta.engine.ibma.transform.Formula} makes a type from what an experiment has, {@link
 * org.nimeta.engine.ibma.transform.Conversions} holds the voxel arithmetic, and {@link
 * org.nimeta.engine.ibma.transform.ImageTransformer} applies them to a dataset (preview or compute).
 */
package org.nimeta.engine.ibma.transform;
