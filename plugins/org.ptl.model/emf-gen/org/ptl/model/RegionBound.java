/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region Bound</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The start, end or size of a region.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.RegionBound#getRegion <em>Region</em>}</li>
 *   <li>{@link org.ptl.model.RegionBound#getBound <em>Bound</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getRegionBound()
 * @model
 * @generated
 */
public interface RegionBound extends Expression
{
	/**
	 * Returns the value of the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' reference.
	 * @see #setRegion(Region)
	 * @see org.ptl.model.PtlPackage#getRegionBound_Region()
	 * @model
	 * @generated
	 */
	Region getRegion();

	/**
	 * Sets the value of the '{@link org.ptl.model.RegionBound#getRegion <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(Region value);

	/**
	 * Returns the value of the '<em><b>Bound</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.RegionBoundKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bound</em>' attribute.
	 * @see org.ptl.model.RegionBoundKind
	 * @see #setBound(RegionBoundKind)
	 * @see org.ptl.model.PtlPackage#getRegionBound_Bound()
	 * @model
	 * @generated
	 */
	RegionBoundKind getBound();

	/**
	 * Sets the value of the '{@link org.ptl.model.RegionBound#getBound <em>Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bound</em>' attribute.
	 * @see org.ptl.model.RegionBoundKind
	 * @see #getBound()
	 * @generated
	 */
	void setBound(RegionBoundKind value);

} // RegionBound
