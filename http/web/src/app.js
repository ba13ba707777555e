import cytoscape from "cytoscape"; window.cy = cytoscape;
