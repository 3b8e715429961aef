package org.painpath.pharmacology.internal.check;

import java.util.List;
import org.painpath.core.explain.Finding;

/**
 * One named safety policy over a whole regimen. It returns its findings; an empty list is its
 * allowance. The verdict is decided over all policies' findings together.
 */
interface RegimenPolicy {

  List<Finding> apply(RegimenContext context);
}
