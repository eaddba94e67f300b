/* forumkg: graph stage, the namespaces of the output contract (../shared/spec/CONTRACT.md). */
#ifndef FORUMKG_VOCAB_H
#define FORUMKG_VOCAB_H

#define NS_FKG "https://w3id.org/forumkg/ontology#"
#define NS_SCHEMA "https://schema.org/"
#define NS_ORG "http://www.w3.org/ns/org#"
#define NS_PROV "http://www.w3.org/ns/prov#"
#define NS_DCT "http://purl.org/dc/terms/"
#define NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define NS_NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define NS_WD "http://www.wikidata.org/entity/"
#define NS_OWL "http://www.w3.org/2002/07/owl#"
#define NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define FKG_DEFAULT_BASE "https://w3id.org/forumkg/id/"

#endif
