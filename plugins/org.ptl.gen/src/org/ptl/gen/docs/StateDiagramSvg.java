package org.ptl.gen.docs;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.ptl.model.OwnershipModel;
import org.ptl.model.State;
import org.ptl.model.Transition;
import org.ptl.model.TransitionSide;

/**
 * An ownership model's state diagram in SVG: the states as nodes, and every transition as one edge
 * per side it moves a component along, labelled with the transition's name; initiator edges are
 * solid, completer edges dashed, so that both sides of a transition are visible. The layout is
 * the Eclipse Layout Kernel's layered algorithm (no hand-written placement); the drawing is the
 * laid-out graph's coordinates.
 */
final class StateDiagramSvg {

	private static final double CHAR = 7.0;
	private static final int NODE_HEIGHT = 34;
	private static final int MARGIN = 12;

	private StateDiagramSvg() {
	}

	static String draw(OwnershipModel model) {
		ensureLayoutMetaData();
		ElkNode graph = ElkGraphUtil.createGraph();
		graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		graph.setProperty(CoreOptions.SPACING_NODE_NODE, 40.0);
		graph.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
		Map<State, ElkNode> nodes = new LinkedHashMap<>();
		for (State state : model.getStates()) {
			ElkNode node = ElkGraphUtil.createNode(graph);
			node.setDimensions(Math.max(90, state.getName().length() * CHAR + 24), NODE_HEIGHT);
			nodes.put(state, node);
		}
		Map<ElkEdge, String> kinds = new LinkedHashMap<>();
		for (Transition transition : model.getTransitions()) {
			edge(graph, nodes, kinds, transition, transition.getInitiator(), "initiator");
			edge(graph, nodes, kinds, transition, transition.getCompleter(), "completer");
		}
		new LayeredLayoutProvider().layout(graph, new BasicProgressMonitor());
		return render(model, graph, nodes, kinds);
	}

	/**
	 * ELK's options need its meta data registered (property types it clones), which Eclipse does
	 * through extensions and a plain JVM through the service loader; neither is certain under every
	 * class loader, so the layered algorithm's is registered here when it is missing.
	 */
	private static synchronized void ensureLayoutMetaData() {
		LayoutMetaDataService service = LayoutMetaDataService.getInstance();
		if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
			service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
		}
	}

	private static void edge(ElkNode graph, Map<State, ElkNode> nodes, Map<ElkEdge, String> kinds, Transition transition,
			TransitionSide side, String kind) {
		if (side == null || side.getFrom() == null || side.getTo() == null || !nodes.containsKey(side.getFrom())
				|| !nodes.containsKey(side.getTo())) {
			return;
		}
		ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(side.getFrom()), nodes.get(side.getTo()));
		String text = transition.getName() + (kind.equals("completer") ? " (c)" : "");
		ElkLabel label = ElkGraphUtil.createLabel(text, edge);
		label.setDimensions(text.length() * 6.2 + 4, 14);
		label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
		kinds.put(edge, kind);
	}

	private static String render(OwnershipModel model, ElkNode graph, Map<State, ElkNode> nodes, Map<ElkEdge, String> kinds) {
		int width = (int) Math.ceil(graph.getWidth()) + 2 * MARGIN;
		int height = (int) Math.ceil(graph.getHeight()) + 2 * MARGIN;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" font-family=\"sans-serif\" class=\"states\" width=\"").append(width).append("\" height=\"")
				.append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\">\n");
		svg.append("<title>").append(Html.escape(model.getName())).append(" state diagram</title>\n");
		svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
				+ "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>\n");
		svg.append("<g transform=\"translate(").append(MARGIN).append(',').append(MARGIN).append(")\">\n");
		for (Map.Entry<ElkEdge, String> entry : kinds.entrySet()) {
			drawEdge(svg, entry.getKey(), entry.getValue());
		}
		for (Map.Entry<State, ElkNode> entry : nodes.entrySet()) {
			State state = entry.getKey();
			ElkNode node = entry.getValue();
			boolean initial = state == model.getInitialState();
			svg.append("<g class=\"state\"><title>").append(Html.escape(state.getName()))
					.append(state.getDescription() == null ? "" : ": " + Html.escape(state.getDescription())).append("</title>");
			svg.append("<rect x=\"").append(fmt(node.getX())).append("\" y=\"").append(fmt(node.getY())).append("\" width=\"")
					.append(fmt(node.getWidth())).append("\" height=\"").append(fmt(node.getHeight()))
					.append("\" rx=\"8\" fill=\"#eef4fb\" stroke=\"#1d4e89\" stroke-width=\"").append(initial ? 3 : 1.5).append("\"/>");
			svg.append("<text x=\"").append(fmt(node.getX() + node.getWidth() / 2)).append("\" y=\"")
					.append(fmt(node.getY() + node.getHeight() / 2 + 4)).append("\" text-anchor=\"middle\" font-size=\"12\">")
					.append(Html.escape(state.getName())).append("</text></g>\n");
		}
		return svg.append("</g>\n</svg>\n").toString();
	}

	private static void drawEdge(StringBuilder svg, ElkEdge edge, String kind) {
		if (edge.getSections().isEmpty()) {
			return;
		}
		ElkEdgeSection section = edge.getSections().get(0);
		StringBuilder path = new StringBuilder("M").append(fmt(section.getStartX())).append(',').append(fmt(section.getStartY()));
		for (ElkBendPoint bend : section.getBendPoints()) {
			path.append(" L").append(fmt(bend.getX())).append(',').append(fmt(bend.getY()));
		}
		path.append(" L").append(fmt(section.getEndX())).append(',').append(fmt(section.getEndY()));
		svg.append("<g class=\"edge ").append(kind).append("\"><path d=\"").append(path).append("\" fill=\"none\" stroke=\"#333\"")
				.append(kind.equals("completer") ? " stroke-dasharray=\"5,3\"" : "").append(" marker-end=\"url(#arrow)\"/>");
		for (ElkLabel label : edge.getLabels()) {
			svg.append("<text x=\"").append(fmt(label.getX() + 2)).append("\" y=\"").append(fmt(label.getY() + 11))
					.append("\" font-size=\"10\" fill=\"#5a2d82\">").append(Html.escape(label.getText())).append("</text>");
		}
		svg.append("</g>\n");
	}

	private static String fmt(double value) {
		return Long.toString(Math.round(value));
	}
}
