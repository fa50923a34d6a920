/**
 */
package org.ptl.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Cpu Feature</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ptl.model.PtlPackage#getCpuFeature()
 * @model
 * @generated
 */
public enum CpuFeature implements Enumerator
{
	/**
	 * The '<em><b>Fwb</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FWB_VALUE
	 * @generated
	 * @ordered
	 */
	FWB(0, "fwb", "fwb"),

	/**
	 * The '<em><b>Tlb Range</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLB_RANGE_VALUE
	 * @generated
	 * @ordered
	 */
	TLB_RANGE(1, "tlbRange", "tlb_range"),

	/**
	 * The '<em><b>Lpa2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LPA2_VALUE
	 * @generated
	 * @ordered
	 */
	LPA2(2, "lpa2", "lpa2");

	/**
	 * The '<em><b>Fwb</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FWB
	 * @model name="fwb"
	 * @generated
	 * @ordered
	 */
	public static final int FWB_VALUE = 0;

	/**
	 * The '<em><b>Tlb Range</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLB_RANGE
	 * @model name="tlbRange" literal="tlb_range"
	 * @generated
	 * @ordered
	 */
	public static final int TLB_RANGE_VALUE = 1;

	/**
	 * The '<em><b>Lpa2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LPA2
	 * @model name="lpa2"
	 * @generated
	 * @ordered
	 */
	public static final int LPA2_VALUE = 2;

	/**
	 * An array of all the '<em><b>Cpu Feature</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CpuFeature[] VALUES_ARRAY =
		new CpuFeature[]
		{
			FWB,
			TLB_RANGE,
			LPA2,
		};

	/**
	 * A public read-only list of all the '<em><b>Cpu Feature</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CpuFeature> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cpu Feature</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CpuFeature get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CpuFeature result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cpu Feature</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CpuFeature getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CpuFeature result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cpu Feature</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CpuFeature get(int value)
	{
		switch (value)
		{
			case FWB_VALUE: return FWB;
			case TLB_RANGE_VALUE: return TLB_RANGE;
			case LPA2_VALUE: return LPA2;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private CpuFeature(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //CpuFeature
