/**
 */
package org.ptl.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Seeded Bug</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ptl.model.PtlPackage#getSeededBug()
 * @model
 * @generated
 */
public enum SeededBug implements Enumerator
{
	/**
	 * The '<em><b>Break Without Tlbi</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BREAK_WITHOUT_TLBI_VALUE
	 * @generated
	 * @ordered
	 */
	BREAK_WITHOUT_TLBI(0, "breakWithoutTlbi", "break_without_tlbi"),

	/**
	 * The '<em><b>Plain Make</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAIN_MAKE_VALUE
	 * @generated
	 * @ordered
	 */
	PLAIN_MAKE(1, "plainMake", "plain_make"),

	/**
	 * The '<em><b>Replace Without Break</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLACE_WITHOUT_BREAK_VALUE
	 * @generated
	 * @ordered
	 */
	REPLACE_WITHOUT_BREAK(2, "replaceWithoutBreak", "replace_without_break"),

	/**
	 * The '<em><b>Tlbi Wrong Page</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLBI_WRONG_PAGE_VALUE
	 * @generated
	 * @ordered
	 */
	TLBI_WRONG_PAGE(3, "tlbiWrongPage", "tlbi_wrong_page");

	/**
	 * The '<em><b>Break Without Tlbi</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BREAK_WITHOUT_TLBI
	 * @model name="breakWithoutTlbi" literal="break_without_tlbi"
	 * @generated
	 * @ordered
	 */
	public static final int BREAK_WITHOUT_TLBI_VALUE = 0;

	/**
	 * The '<em><b>Plain Make</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAIN_MAKE
	 * @model name="plainMake" literal="plain_make"
	 * @generated
	 * @ordered
	 */
	public static final int PLAIN_MAKE_VALUE = 1;

	/**
	 * The '<em><b>Replace Without Break</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLACE_WITHOUT_BREAK
	 * @model name="replaceWithoutBreak" literal="replace_without_break"
	 * @generated
	 * @ordered
	 */
	public static final int REPLACE_WITHOUT_BREAK_VALUE = 2;

	/**
	 * The '<em><b>Tlbi Wrong Page</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLBI_WRONG_PAGE
	 * @model name="tlbiWrongPage" literal="tlbi_wrong_page"
	 * @generated
	 * @ordered
	 */
	public static final int TLBI_WRONG_PAGE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Seeded Bug</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SeededBug[] VALUES_ARRAY =
		new SeededBug[]
		{
			BREAK_WITHOUT_TLBI,
			PLAIN_MAKE,
			REPLACE_WITHOUT_BREAK,
			TLBI_WRONG_PAGE,
		};

	/**
	 * A public read-only list of all the '<em><b>Seeded Bug</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SeededBug> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Seeded Bug</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SeededBug get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			SeededBug result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Seeded Bug</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SeededBug getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			SeededBug result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Seeded Bug</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SeededBug get(int value)
	{
		switch (value)
		{
			case BREAK_WITHOUT_TLBI_VALUE: return BREAK_WITHOUT_TLBI;
			case PLAIN_MAKE_VALUE: return PLAIN_MAKE;
			case REPLACE_WITHOUT_BREAK_VALUE: return REPLACE_WITHOUT_BREAK;
			case TLBI_WRONG_PAGE_VALUE: return TLBI_WRONG_PAGE;
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
	private SeededBug(int value, String name, String literal)
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
	
} //SeededBug
