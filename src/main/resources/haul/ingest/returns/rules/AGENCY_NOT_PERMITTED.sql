-- why: an agency's token submits that agency's return only, so no agency can change another's figures.
-- kind: row
-- column: agency
-- value: agency
-- detail: st.only_agency
st.only_agency IS NOT NULL AND agency_code <> st.only_agency
