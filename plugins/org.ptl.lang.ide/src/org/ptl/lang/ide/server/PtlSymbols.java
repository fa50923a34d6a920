package org.ptl.lang.ide.server;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.ptl.model.Named;

import com.google.inject.Singleton;

/**
 * How PTL's declarations appear in an editor's outline and symbol search: by their own name under
 * their container (the outline nests them), with the kind of declaration as detail ("format",
 * "claim set"), and an LSP symbol kind chosen so that icons tell formats, fields, states and
 * transitions apart.
 */
public final class PtlSymbols {

	private static final Map<String, SymbolKind> KINDS = Map.ofEntries(Map.entry("Format", SymbolKind.Struct),
			Map.entry("Descriptor", SymbolKind.Class), Map.entry("Field", SymbolKind.Field),
			Map.entry("EnumLiteral", SymbolKind.EnumMember), Map.entry("ClaimSet", SymbolKind.Namespace),
			Map.entry("Claim", SymbolKind.Field), Map.entry("OwnershipModel", SymbolKind.Module),
			Map.entry("State", SymbolKind.EnumMember), Map.entry("Component", SymbolKind.Object),
			Map.entry("Transition", SymbolKind.Event), Map.entry("Invariant", SymbolKind.Boolean),
			Map.entry("Encoding", SymbolKind.Enum), Map.entry("Counter", SymbolKind.Variable),
			Map.entry("Operations", SymbolKind.Interface), Map.entry("ProtFlag", SymbolKind.Constant),
			Map.entry("WalkerPolicy", SymbolKind.Interface), Map.entry("WalkerFlag", SymbolKind.Constant),
			Map.entry("NamedOutcome", SymbolKind.Constant), Map.entry("Binding", SymbolKind.Package),
			Map.entry("Scenario", SymbolKind.Function), Map.entry("ScenarioTable", SymbolKind.Array),
			Map.entry("Layout", SymbolKind.Module), Map.entry("LayoutInput", SymbolKind.Variable),
			Map.entry("DerivedValue", SymbolKind.Variable), Map.entry("Transform", SymbolKind.Function),
			Map.entry("TransformParameter", SymbolKind.TypeParameter), Map.entry("Region", SymbolKind.Struct),
			Map.entry("BitPicture", SymbolKind.Array), Map.entry("BitSlice", SymbolKind.Field),
			Map.entry("LayoutCondition", SymbolKind.Boolean));

	private PtlSymbols() {
	}

	/** The symbol kind of a metamodel class; classes added later are properties until they get one. */
	static SymbolKind kindOf(EClass eClass) {
		return eClass == null ? SymbolKind.Property : KINDS.getOrDefault(eClass.getName(), SymbolKind.Property);
	}

	/** The outline's kinds ({@link #kindOf}). */
	@Singleton
	public static class Kinds extends DocumentSymbolMapper.DocumentSymbolKindProvider {

		@Override
		protected SymbolKind getSymbolKind(EClass eClass) {
			return kindOf(eClass);
		}
	}

	/** The declaration's own name in the outline (the index's qualified names stay for symbol search). */
	@Singleton
	public static class Names extends DocumentSymbolMapper.DocumentSymbolNameProvider {

		@Override
		public String getName(EObject object) {
			return object instanceof Named named ? named.getName() : null;
		}
	}

	/** "format", "claim set", "ownership model": the kind of declaration, as the Eclipse outline labels it. */
	@Singleton
	public static class Details extends DocumentSymbolMapper.DocumentSymbolDetailsProvider {

		@Override
		public String getDetails(EObject object) {
			return object.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		}
	}
}
